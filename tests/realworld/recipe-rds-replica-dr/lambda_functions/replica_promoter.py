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
    Replica Promoter Lambda Function
    Handles post-promotion tasks and DNS updates
    """
    
    # Initialize AWS clients
    rds = boto3.client('rds', region_name=os.environ['DR_REGION'])
    route53 = boto3.client('route53')
    ssm = boto3.client('ssm', region_name=os.environ['DR_REGION'])
    sns = boto3.client('sns', region_name=os.environ['DR_REGION'])
    
    try:
        logger.info(f"Processing event: {json.dumps(event)}")
        
        # Check if this is a promotion completion event
        if 'source' in event and event['source'] == 'aws.rds':
            detail = event['detail']
            
            if detail.get('eventName') == 'promote-read-replica' and detail.get('responseElements'):
                db_instance_id = detail['responseElements']['dBInstanceIdentifier']
                
                logger.info(f"Processing promotion completion for {db_instance_id}")
                
                # Wait for instance to be available
                try:
                    waiter = rds.get_waiter('db_instance_available')
                    waiter.wait(
                        DBInstanceIdentifier=db_instance_id,
                        WaiterConfig={'Delay': 30, 'MaxAttempts': 20}
                    )
                    
                    logger.info(f"Instance {db_instance_id} is now available")
                    
                    # Get promoted instance details
                    instance_response = rds.describe_db_instances(
                        DBInstanceIdentifier=db_instance_id
                    )
                    instance = instance_response['DBInstances'][0]
                    new_endpoint = instance['Endpoint']['Address']
                    
                    logger.info(f"New endpoint: {new_endpoint}")
                    
                    # Update parameter store
                    ssm.put_parameter(
                        Name='/disaster-recovery/failover-status',
                        Value=json.dumps({
                            'status': 'completed',
                            'timestamp': datetime.utcnow().isoformat(),
                            'new_endpoint': new_endpoint,
                            'db_instance_id': db_instance_id
                        }),
                        Type='String',
                        Overwrite=True
                    )
                    
                    # Send completion notification
                    sns.publish(
                        TopicArn=os.environ['DR_SNS_ARN'],
                        Subject='Disaster Recovery Completed',
                        Message=f'''Disaster Recovery Completed Successfully

New Database Endpoint: {new_endpoint}
Instance ID: {db_instance_id}
Completion Time: {datetime.utcnow().isoformat()}

Please update application configurations to use the new endpoint.

Next Steps:
1. Update application connection strings
2. Verify application functionality
3. Monitor database performance
4. Plan for potential rollback if needed
'''
                    )
                    
                    logger.info("Promotion completion processed successfully")
                    
                    return {
                        'statusCode': 200,
                        'body': json.dumps('Promotion completion processed successfully')
                    }
                    
                except Exception as e:
                    error_msg = f"Error waiting for instance availability: {str(e)}"
                    logger.error(error_msg)
                    raise e
            else:
                logger.info("Event is not a promotion completion")
                return {
                    'statusCode': 200,
                    'body': json.dumps('No action required for this event')
                }
        else:
            logger.info("Event is not from RDS")
            return {
                'statusCode': 200,
                'body': json.dumps('No action required for non-RDS event')
            }
        
    except Exception as e:
        error_msg = f"Error in replica promoter: {str(e)}"
        logger.error(error_msg)
        
        try:
            sns.publish(
                TopicArn=os.environ['DR_SNS_ARN'],
                Subject='Disaster Recovery Error',
                Message=f'Error in replica promoter: {str(e)}'
            )
        except Exception as sns_error:
            logger.error(f"Failed to send error notification: {str(sns_error)}")
        
        return {
            'statusCode': 500,
            'body': json.dumps(error_msg)
        }
