#!/usr/bin/env bash
# Creates TicketRadar's Kafka topics on the compose broker. With an external broker the app creates
# no topics (only its in-process broker does), so compose runs this once before the app starts.
# Idempotent: safe on every `docker compose up`. Partition counts and the 8 MiB record limit are the
# ones the in-process broker uses (broker/.../EmbeddedKafka.java, app/.../TicketRadarStack.java):
# an oversize event must still reach the ingest job, which sends it to the dead-letter topic with
# reason OVERSIZE instead of the producer failing on the broker's default 1 MB limit.
set -euo pipefail

BOOTSTRAP="${BOOTSTRAP:-kafka:9092}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
MAX_MESSAGE_BYTES=8388608

topics() { "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" "$@"; }

# topic, partitions, extra kafka-topics.sh arguments
create() {
  local topic="$1" partitions="$2"
  shift 2
  echo "topic $topic: $partitions partition(s) $*"
  topics --create --if-not-exists --topic "$topic" --partitions "$partitions" --replication-factor 1 "$@"
}

create ticket-events 4 --config "max.message.bytes=$MAX_MESSAGE_BYTES"
create repair-events 2 --config "max.message.bytes=$MAX_MESSAGE_BYTES"
# Master data: the newest record per device is what counts, so the topic is compacted.
create master-data 2 --config "max.message.bytes=$MAX_MESSAGE_BYTES" --config cleanup.policy=compact
create ticket-events-dlq 1
create alerts 1
# People's decisions about patterns: the newest record per pattern is its whole state.
create pattern-feedback 1 --config cleanup.policy=compact
# Dispatch rules: the newest set per tenant is the whole state.
create dispatch-rules 1 --config cleanup.policy=compact
# Each tenant's policy versions (PUT /api/v1/policy): the newest record per tenant holds every version.
create tenant-policies 1 --config cleanup.policy=compact
# What the pattern detector tells R&D and dispatch (pipelines/.../patterns/PatternFeeds.java).
create rd-feed 1
create dispatch-hints 1
# Merge suggestions of the duplicates job, keyed <tenant>|<ticket>: the newest record per ticket is its suggestion.
create merge-suggestions 1 --config cleanup.policy=compact

# A topic that existed before (made by hand, or by `ticketradar replay`) keeps its own settings:
# set the record limit on the two event topics whatever created them.
for topic in ticket-events repair-events; do
  "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics \
    --entity-name "$topic" --add-config "max.message.bytes=$MAX_MESSAGE_BYTES"
done

topics --describe --topic 'ticket-events|repair-events|master-data|ticket-events-dlq|alerts|pattern-feedback|rd-feed|dispatch-hints|merge-suggestions|dispatch-rules|tenant-policies'
