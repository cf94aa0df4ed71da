"""Hours for the agency: time logged on requests, by client and by person (App Home, words, CLI)."""
