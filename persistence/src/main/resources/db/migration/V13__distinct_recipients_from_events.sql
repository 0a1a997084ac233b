-- What a recipient has in a campaign (its event types, human types and clicked links), which the
-- distinct-recipient statistics compare before and after each change, is read from its events
-- through the event table's recipient index (V12) instead of being kept in a row of its own: a
-- click by a recipient new to a campaign no longer writes a row and an index entry here. The
-- counters themselves (campaign_type_count, campaign_link_count) are unchanged.
DROP TABLE campaign_recipient;
