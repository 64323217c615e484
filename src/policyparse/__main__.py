"""``python -m policyparse``: the same command as ``policyparse``."""

from policyparse.cli import main

if __name__ == "__main__":
    main()
