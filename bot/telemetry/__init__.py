"""What an operator sees of a running Jane: one id per Slack request, structured logs, Prometheus metrics."""
