#!/bin/bash
yum update -y
yum install -y httpd

# Get instance metadata to display on the web page
INSTANCE_ID=$(curl -s http://169.254.169.254/latest/meta-data/instance-id)
INSTANCE_TYPE=$(curl -s http://169.254.169.254/latest/meta-data/instance-type)
AZ=$(curl -s http://169.254.169.254/latest/meta-data/placement/availability-zone)
SPOT_TERMINATION=$(curl -s http://169.254.169.254/latest/meta-data/spot/instance-action 2>/dev/null || echo "On-Demand")

# Create informative web page showing instance details
cat > /var/www/html/index.html << 'HTML'
<!DOCTYPE html>
<html>
<head>
    <title>Mixed Instance Auto Scaling Demo</title>
    <style>
        body { font-family: Arial, sans-serif; margin: 40px; }
        .info { background: #f0f0f0; padding: 20px; border-radius: 5px; }
        .spot { color: green; }
        .ondemand { color: blue; }
    </style>
</head>
<body>
    <h1>Mixed Instance Auto Scaling Demo</h1>
    <div class="info">
        <h2>Instance Information</h2>
        <p><strong>Instance ID:</strong> INSTANCE_ID_PLACEHOLDER</p>
        <p><strong>Instance Type:</strong> INSTANCE_TYPE_PLACEHOLDER</p>
        <p><strong>Availability Zone:</strong> AZ_PLACEHOLDER</p>
        <p><strong>Purchase Type:</strong> 
            <span class="PURCHASE_CLASS_PLACEHOLDER">
                PURCHASE_TYPE_PLACEHOLDER
            </span>
        </p>
        <p><strong>Timestamp:</strong> TIMESTAMP_PLACEHOLDER</p>
    </div>
    
    <h2>Auto Scaling Group Benefits</h2>
    <ul>
        <li>Cost optimization with Spot Instances</li>
        <li>High availability across multiple AZs</li>
        <li>Automatic scaling based on demand</li>
        <li>Instance type diversification</li>
    </ul>
</body>
</html>
HTML

# Replace placeholders with actual values
sed -i "s/INSTANCE_ID_PLACEHOLDER/$INSTANCE_ID/g" /var/www/html/index.html
sed -i "s/INSTANCE_TYPE_PLACEHOLDER/$INSTANCE_TYPE/g" /var/www/html/index.html
sed -i "s/AZ_PLACEHOLDER/$AZ/g" /var/www/html/index.html
sed -i "s/TIMESTAMP_PLACEHOLDER/$(date)/g" /var/www/html/index.html

if [ "$SPOT_TERMINATION" = "On-Demand" ]; then
    sed -i "s/PURCHASE_CLASS_PLACEHOLDER/ondemand/g" /var/www/html/index.html
    sed -i "s/PURCHASE_TYPE_PLACEHOLDER/On-Demand/g" /var/www/html/index.html
else
    sed -i "s/PURCHASE_CLASS_PLACEHOLDER/spot/g" /var/www/html/index.html
    sed -i "s/PURCHASE_TYPE_PLACEHOLDER/Spot Instance/g" /var/www/html/index.html
fi

# Start and enable Apache web server
systemctl start httpd
systemctl enable httpd

# Install and configure CloudWatch agent for custom metrics
yum install -y amazon-cloudwatch-agent

# Create CloudWatch agent configuration
cat > /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json << 'JSON'
${cloudwatch_config}
JSON

# Start CloudWatch agent with the configuration
/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl \
    -a fetch-config -m ec2 -s \
    -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json
