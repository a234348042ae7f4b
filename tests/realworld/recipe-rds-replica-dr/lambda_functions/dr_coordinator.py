import json
import boto3
import os
from datetime import datetime
import logging

# Configure logging
logger = logging.getLogger()
logger.setLevel(logging.INFO)

def lambda_handler(event, context):
    """
    Disaster Recovery Coordinator Lambda Function
    Handles primary database failure detection and initiates failover
    """
    
    # Initialize AWS clients
    rds = boto3.client('rds', region_name=os.environ['DR_REGION'])
    sns = boto3.client('sns', region_name=os.environ['DR_REGION'])
    route53 = boto3.client('route53')
    ssm = boto3.client('ssm', region_name=os.environ['DR_REGION'])
    
    try:
        logger.info(f"Processing event: {json.dumps(event)}")
        
        # Parse CloudWatch alarm from SNS message
        sns_message = json.loads(event['Records'][0]['Sns']['Message'])
        alarm_name = sns_message['AlarmName']
        
        logger.info(f"Processing alarm: {alarm_name}")
        
        # Check if this is a database connection failure
        if 'database-connection-failure' in alarm_name:
            # Initiate disaster recovery procedure
            replica_id = os.environ['DB_REPLICA_ID']
            
            logger.info(f"Initiating disaster recovery for replica: {replica_id}")
            
            # Check replica status before promotion
            try:
                replica_response = rds.describe_db_instances(
                    DBInstanceIdentifier=replica_id
                )
                replica_status = replica_response['DBInstances'][0]['DBInstanceStatus']
                
                logger.info(f"Replica status: {replica_status}")
                
                if replica_status == 'available':
                    logger.info(f"Promoting read replica {replica_id} to standalone instance")
                    
                    # Promote read replica
                    rds.promote_read_replica(
                        DBInstanceIdentifier=replica_id
                    )
                    
                    # Update parameter store with failover status
                    ssm.put_parameter(
                        Name='/disaster-recovery/failover-status',
                        Value=json.dumps({
                            'status': 'in-progress',
                            'timestamp': datetime.utcnow().isoformat(),
                            'replica_id': replica_id,
                            'triggered_by': alarm_name
                        }),
                        Type='String',
                        Overwrite=True
                    )
                    
                    # Send success notification
                    sns.publish(
                        TopicArn=os.environ['DR_SNS_ARN'],
                        Subject='Disaster Recovery Initiated',
                        Message=f'''Disaster Recovery Initiated

Primary database failure detected: {alarm_name}
Read replica {replica_id} promotion started.
Monitor for completion.

Timestamp: {datetime.utcnow().isoformat()}
'''
                    )
                    
                    logger.info(f"DR procedure initiated successfully for {replica_id}")
                    
                    return {
                        'statusCode': 200,
                        'body': json.dumps(f'DR procedure initiated for {replica_id}')
                    }
                else:
                    error_msg = f"Replica {replica_id} is not available for promotion: {replica_status}"
                    logger.error(error_msg)
                    
                    sns.publish(
                        TopicArn=os.environ['DR_SNS_ARN'],
                        Subject='Disaster Recovery Failed',
                        Message=f'Replica not ready for promotion: {replica_status}'
                    )
                    
                    return {
                        'statusCode': 400,
                        'body': json.dumps(error_msg)
                    }
                    
            except Exception as e:
                error_msg = f"Error checking replica status: {str(e)}"
                logger.error(error_msg)
                raise e
        else:
            logger.info(f"Alarm {alarm_name} does not trigger DR procedure")
            return {
                'statusCode': 200,
                'body': json.dumps(f'No action required for alarm: {alarm_name}')
            }
        
    except Exception as e:
        error_msg = f"Error in DR coordinator: {str(e)}"
        logger.error(error_msg)
        
        try:
            sns.publish(
                TopicArn=os.environ['DR_SNS_ARN'],
                Subject='Disaster Recovery Error',
                Message=f'Error in DR coordinator: {str(e)}'
            )
        except Exception as sns_error:
            logger.error(f"Failed to send error notification: {str(sns_error)}")
        
        return {
            'statusCode': 500,
            'body': json.dumps(error_msg)
        }
