// TruckFactor on Azure Functions: the isolated-worker app of src/FunctionApp, its storage account (Functions host,
// Durable task hub, results), monitoring, a Key Vault for the optional GitHub token, and the managed identity
// that reaches all of them. Deploy into an existing resource group:
//   az deployment group create -g <group> -f infra/bicep/main.bicep -p infra/bicep/main.bicepparam
// The deploying principal needs Owner (or Contributor plus Role Based Access Control Administrator) on the group,
// because the template assigns roles to the app's identity.
//
// Hosting plan: Flex Consumption (FC1), not Elastic Premium.
// - Mining batches run longer than the Consumption plan's 10-minute cap; host.json sets functionTimeout to two
//   hours, and Flex Consumption, like Elastic Premium, has no upper bound on it.
// - Flex Consumption runs entirely on the managed identity: host storage, the Durable Azure Storage provider and
//   the deployment package (a blob container) all authenticate with Entra ID, so the account's shared keys are
//   disabled. Elastic Premium keeps the app's content on an Azure Files share that is reachable only with an
//   account key, which would force shared-key access back on.
// - It scales to zero between harvests and bills per execution, while Elastic Premium bills at least one
//   instance around the clock; harvests are bursty.
// - Trade-off: an instance has about 0.8 GB of local temporary storage (Elastic Premium: 21 GB and more), and the
//   clone cache (Harvest__CacheFolder) lives there and is lost when an instance is recycled. Harvests of very
//   large repositories (bare clones near a gigabyte) need Elastic Premium instead.

targetScope = 'resourceGroup'

@description('Azure region of every resource; it must offer the Flex Consumption plan.')
param location string = resourceGroup().location

@description('Short name that prefixes every resource name (lowercase letters, digits and hyphens).')
@minLength(3)
@maxLength(12)
param baseName string = 'truckfactor'

@description('Tags applied to every resource.')
param tags { *: string } = {}

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Memory of each instance in MB; 4096 gives two vCPUs, matching host.json\'s two activities per instance.')
@allowed([
  2048
  4096
])
param instanceMemoryMB int = 4096

@description('Most instances each function group may scale out to (the platform accepts 40 to 1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Instances kept running for orchestrations and mining (their clone caches stay warm); 0 scales to zero.')
@minValue(0)
@maxValue(20)
param alwaysReadyInstanceCount int = 0

@description('Days Log Analytics keeps the app\'s logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Repositories per mining activity when a request does not say (Harvest__DefaultBatchSize).')
@minValue(1)
@maxValue(100)
param defaultBatchSize int = 8

@description('Mining activities in flight at once for one harvest, across all instances (Harvest__MaxParallelBatches).')
@minValue(1)
@maxValue(1000)
param maxParallelBatches int = 16

@description('Host names harvests may clone from (Harvest__Access__AllowedHosts__N); "*" accepts any public host.')
@minLength(1)
param allowedHosts string[] = [
  'github.com'
]

@description('Instance-local folder of the clone cache (Harvest__CacheFolder); local temporary storage.')
@minLength(1)
param cacheFolder string = '/tmp/truckfactor/repositories'

@description('GitHub token for private repositories, kept in Key Vault; empty leaves GitHub__Token unset.')
// Give it on every deployment that should keep GitHub__Token: a deployment without it removes the setting (the
// secret itself stays in the vault).
@secure()
param gitHubToken string = ''

@description('GitHub API root (GitHub Enterprise Server: https://HOST/api/v3); empty keeps api.github.com.')
param gitHubApiBaseUrl string = ''

@description('Turn on Key Vault purge protection (irreversible; a deleted vault\'s name stays taken 90 days).')
param keyVaultPurgeProtection bool = false

// uniqueString keeps the globally unique names (storage, vault, app host name) stable per resource group.
var suffix = uniqueString(resourceGroup().id, baseName)
var compactBaseName = toLower(replace(baseName, '-', ''))
var resultsContainerName = 'truckfactor'
var gitHubTokenSecretName = 'github-token'
var identityName = 'id-${baseName}'

module identity 'modules/identity.bicep' = {
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  params: {
    workspaceName: 'log-${baseName}'
    applicationInsightsName: 'appi-${baseName}'
    location: location
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  params: {
    name: take('st${compactBaseName}${suffix}', 24)
    location: location
    skuName: storageSku
    resultsContainerName: resultsContainerName
    deploymentContainerName: 'app-package'
    identityName: identityName
    tags: tags
  }
  dependsOn: [
    identity
  ]
}

module keyVault 'modules/keyVault.bicep' = {
  params: {
    name: 'kv-${compactBaseName}-${take(suffix, 8)}'
    location: location
    enablePurgeProtection: keyVaultPurgeProtection
    gitHubToken: gitHubToken
    gitHubTokenSecretName: gitHubTokenSecretName
    identityName: identityName
    tags: tags
  }
  dependsOn: [
    identity
  ]
}

// The application's settings (src/Harvest/Options). The task hub's name is not among them: host.json fixes it
// to TruckFactorHub, and the hub's queues and tables live in the AzureWebJobsStorage account set by the module.
var harvestSettings = {
  Harvest__ContainerName: storage.outputs.resultsContainerName
  Harvest__DefaultBatchSize: string(defaultBatchSize)
  Harvest__MaxParallelBatches: string(maxParallelBatches)
  Harvest__CacheFolder: cacheFolder

  // Flex Consumption instances have under 1 GB of local disk: delete each clone once its commit log is stored.
  Harvest__KeepClones: 'false'
}
var allowedHostSettings = toObject(
  range(0, length(allowedHosts)),
  index => 'Harvest__Access__AllowedHosts__${index}',
  index => allowedHosts[index]
)
var gitHubTokenSettings = empty(gitHubToken)
  ? {}
  : {
      GitHub__Token: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.gitHubTokenSecretUri})'
    }
var gitHubSettings = union(
  gitHubTokenSettings,
  empty(gitHubApiBaseUrl) ? {} : { GitHub__ApiBaseUrl: gitHubApiBaseUrl }
)

module functionApp 'modules/functionApp.bicep' = {
  params: {
    planName: 'plan-${baseName}'
    name: 'func-${baseName}-${suffix}'
    location: location
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    alwaysReadyInstanceCount: alwaysReadyInstanceCount
    appSettings: union(harvestSettings, allowedHostSettings, gitHubSettings)
    tags: tags
  }
}

@description('Name of the function app.')
output functionAppName string = functionApp.outputs.name

@description('Address to POST harvest requests to (with a function key).')
output harvestsUrl string = 'https://${functionApp.outputs.defaultHostName}/api/harvests'

@description('Name of the storage account holding the task hub and the results container.')
output storageAccountName string = storage.outputs.name

@description('Client id of the app\'s user-assigned managed identity.')
output identityClientId string = identity.outputs.clientId
