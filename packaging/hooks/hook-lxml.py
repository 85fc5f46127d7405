"""PyInstaller hook for lxml, replacing the contributed one for this app's bundle.

The contributed hook collects every lxml submodule (lxml.html, lxml.objectify, ... about
5 MB of compiled code). python-docx, the app's only lxml user, imports lxml.etree alone;
PyInstaller still follows any other static import of lxml by itself.
"""

hiddenimports = ["lxml.etree", "lxml._elementpath"]
