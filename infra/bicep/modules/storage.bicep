// The storage account of the Functions host, the Durable task hub (queues, tables, blob leases), the deployment
// package and the harvest's results. Nothing reaches it with a key: shared-key access is off and the app's
// identity gets data-plane roles instead.

@description('Name of the storage account (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the account.')
param location string

@description('Replication of the account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string

@description('Blob container of commit logs and harvest results (the app\'s Harvest:ContainerName).')
@minLength(3)
@maxLength(63)
param resultsContainerName string

@description('Blob container the Flex Consumption plan deploys the app package from.')
@minLength(3)
@maxLength(63)
param deploymentContainerName string

@description('Name of the app\'s user-assigned identity in this resource group, granted data access.')
param identityName string

@description('Tags applied to the account.')
param tags { *: string }

// Built-in role definitions (ids are the same in every tenant).
var roleIds = {
  // Blob Data Owner rather than Contributor: the Functions host manages blob leases and containers itself.
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

// Referenced by name, not by a module output, so that the role assignments' names are known before deployment.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource account 'Microsoft.Storage/storageAccounts@2026-09-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    // The host (AzureWebJobsStorage__*), the Durable Azure Storage provider, Flex Consumption deployments and the
    // app's HarvestStore all authenticate with the managed identity, so no client needs the account keys.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-09-01' = {
  parent: account
  name: 'default'
}

resource resultsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-09-01' = {
  parent: blobService
  name: resultsContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-09-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource dataRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in items(roleIds): {
    name: guid(account.id, identity.id, roleId.value)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId.value)
      principalId: identity.properties.principalId
      // Skips the directory lookup that fails while a just-created identity is still replicating.
      principalType: 'ServicePrincipal'
    }
  }
]

@description('Name of the storage account.')
output name string = account.name

@description('Blob endpoint, such as https://<account>.blob.core.windows.net/.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Queue endpoint of the account.')
output queueEndpoint string = account.properties.primaryEndpoints.queue

@description('Table endpoint of the account.')
output tableEndpoint string = account.properties.primaryEndpoints.table

@description('Name of the results container.')
output resultsContainerName string = resultsContainer.name

@description('URL of the deployment container, as functionAppConfig.deployment.storage.value expects it.')
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
