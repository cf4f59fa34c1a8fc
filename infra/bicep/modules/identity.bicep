// The user-assigned managed identity the function app runs as. It is created before the app so that its role
// assignments on storage and Key Vault can exist (and propagate) before the app first starts.

@description('Name of the user-assigned managed identity.')
@minLength(3)
@maxLength(128)
param name string

@description('Azure region of the identity.')
param location string

@description('Tags applied to the identity.')
param tags { *: string }

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity, for the app\'s identity block and keyVaultReferenceIdentity.')
output id string = identity.id

@description('Client id of the identity, for AzureWebJobsStorage__clientId and AZURE_CLIENT_ID.')
output clientId string = identity.properties.clientId
