-- Lays out the Finder window of SocketLab's .dmg: icon view with no toolbar or status bar, the
-- window as large as the background (installer/macos/dmg-background.svg, 600 x 400), the app on
-- the left and the Applications link on the right, where the background's arrow points.
--
-- CPack's DragNDrop generator runs it with the mounted volume's name as the only argument
-- (osascript dmg-setup.applescript <volume>), after copying the background to
-- .background/background.png; Finder then writes the layout into the volume's .DS_Store.
on run argv
	set volumeName to item 1 of argv
	-- Finder's window bounds include the title bar: 28 points on macOS 11 and later.
	set windowLeft to 200
	set windowTop to 120
	set windowBounds to {windowLeft, windowTop, windowLeft + 600, windowTop + 400 + 28}
	tell application "Finder"
		tell disk volumeName
			open
			set dmgWindow to container window
			set current view of dmgWindow to icon view
			set toolbar visible of dmgWindow to false
			set statusbar visible of dmgWindow to false
			set bounds of dmgWindow to windowBounds
			set layout to icon view options of dmgWindow
			set arrangement of layout to not arranged
			set icon size of layout to 128
			set text size of layout to 13
			set background picture of layout to file ".background:background.png"
			-- Positions are icon centres, in the background's coordinates.
			set position of item "SocketLab.app" of dmgWindow to {150, 190}
			set position of item "Applications" of dmgWindow to {450, 190}
			-- Closing and reopening makes Finder write .DS_Store before CPack detaches the image.
			close
			open
			update without registering applications
			delay 2
			close
		end tell
	end tell
end run
