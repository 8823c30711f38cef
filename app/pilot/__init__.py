"""The pilot period after approval (试点执行): its data, progress, reminders and reports.

Nothing here imports Qt: the window (``ui/pages/pilot_*``) and the command line
(``app.cli_pilot``) both call it.
"""
