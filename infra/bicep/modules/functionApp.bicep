// The Flex Consumption plan and the function app, running as the user-assigned identity: host storage, the
// Durable task hub, the deployment package and Key Vault references all use that identity, never a key.

@description('Name of the Flex Consumption plan.')
@minLength(1)
@maxLength(60)
param planName string

@description('Name of the function app (also the first label of its host name).')
@minLength(2)
@maxLength(60)
param name string

@description('Azure region of the plan and the app.')
param location string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity.')
param identityClientId string

@description('Blob endpoint of the storage account.')
param blobEndpoint string

@description('Queue endpoint of the storage account (Durable task hub queues).')
param queueEndpoint string

@description('Table endpoint of the storage account (Durable task hub history and instances).')
param tableEndpoint string

@description('URL of the blob container the app package is deployed to.')
param deploymentContainerUrl string

@description('Application Insights connection string.')
param applicationInsightsConnectionString string

@description('Memory of each instance in MB (2048 gives one vCPU, 4096 two).')
@allowed([
  2048
  4096
])
param instanceMemoryMB int

@description('Most instances each function group (HTTP, Durable) may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Instances kept running for the Durable group (orchestrations and mining); 0 scales to zero.')
@minValue(0)
@maxValue(20)
param alwaysReadyInstanceCount int

@description('The application\'s own settings, added to the host settings this module sets.')
param appSettings { *: string }

@description('Tags applied to the plan and the app.')
param tags { *: string }

// Host settings. FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION must not be set on Flex Consumption
// (the runtime comes from functionAppConfig), and no WEBSITE_CONTENT* share exists: the package lives in blobs.
var hostSettings = {
  // Identity-based host storage, read by the Functions host, the Durable Azure Storage provider and the app
  // (StorageAccountSetting uses blobServiceUri and clientId).
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
  // With only a user-assigned identity, Azure SDK clients built on DefaultAzureCredential need its client id.
  AZURE_CLIENT_ID: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    // Linux, the only OS of Flex Consumption.
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        alwaysReady: alwaysReadyInstanceCount > 0
          ? [
              {
                name: 'durable'
                instanceCount: alwaysReadyInstanceCount
              }
            ]
          : []
      }
      // The app targets net10.0 (Directory.Build.props). API version 2025-03-01, the newest this Bicep CLI has
      // types for, takes the version as a free string; the platform checks it against its Flex runtime list.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: union(appSettings, hostSettings)
}

// Deployments authenticate with Entra ID (az functionapp deployment, func azure functionapp publish); publishing
// user names and passwords stay off.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

@description('Name of the function app.')
output name string = app.name

@description('Default host name of the function app.')
output defaultHostName string = app.properties.defaultHostName
