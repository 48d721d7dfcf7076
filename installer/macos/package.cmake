# macOS: a drag-and-drop disk image of the app bundle.
set(CPACK_GENERATOR "DragNDrop")
