"""The inbox service the secretariat runs on a server: a drop box for delegates' bundles (tus 1.0
resumable uploads) and a mailbox for what goes back (receipts, welcome-pack updates). docs/sync.md.

It never holds a private key: bundles are signed and encrypted end to end, receipts and packs are
signed by the secretariat, so the inbox may run on hosting nobody trusts; such a host can delay, not
forge. ``protocol`` is shared with the client (``services/sync``); ``app`` (Starlette) and ``serve``
(uvicorn) need the ``server`` extra and are imported only by ``kin-desktop serve-inbox``.
"""
