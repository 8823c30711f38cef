"""Child process for test_lock: keeps an application file open until told to stop."""

import sys
from pathlib import Path

from app.document import ApplicationFile

doc = ApplicationFile.open(Path(sys.argv[1]))
print("OPEN", flush=True)
sys.stdin.readline()
doc.close()
print("CLOSED", flush=True)
