// Parameters for main.bicep. The GitHub token is read from the environment so that it never lands in the repo:
//   TRUCKFACTOR_GITHUB_TOKEN=<token> az deployment group create -g <group> -f main.bicep -p main.bicepparam
using 'main.bicep'

param baseName = 'truckfactor'

param tags = {
  application: 'truckfactor'
}

param storageSku = 'Standard_LRS'

param instanceMemoryMB = 4096

param maximumInstanceCount = 40

param alwaysReadyInstanceCount = 0

param logRetentionInDays = 30

param defaultBatchSize = 8

param maxParallelBatches = 16

param allowedHosts = [
  'github.com'
  'gitlab.com'
]

param cacheFolder = '/tmp/truckfactor/repositories'

param gitHubToken = readEnvironmentVariable('TRUCKFACTOR_GITHUB_TOKEN', '')

param keyVaultPurgeProtection = false
