# The group that moderates feedback and approves You said, we did entries. Migrations in
# feedback/ and you_said_we_did/ grant it its permissions; the demo loader adds members.
STEERING_GROUP = "Local Offer steering group"
