from tools.outage_proxy import OutageProxy, outage_proxy  # noqa: F401
