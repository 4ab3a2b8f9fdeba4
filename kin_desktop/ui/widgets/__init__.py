"""Widgets shared by several screens (qutebrowser's ``misc/miscwidgets.py``): each in its own module."""
