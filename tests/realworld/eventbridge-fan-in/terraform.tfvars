# offline: upstream ships placeholders ("arn:aws:events:{region}:{accountId}:event-bus/eventBus1", ...) that its
# README says to replace with the fan-in buses' ARNs; filled in with the "others" region and the literal account
buses= ["arn:aws:events:us-east-2:123456789012:event-bus/eventBus1", "arn:aws:events:us-east-2:123456789012:event-bus/eventBus2","arn:aws:events:us-east-2:123456789012:event-bus/eventBus3"]
