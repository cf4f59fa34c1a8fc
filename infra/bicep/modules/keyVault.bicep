// A Key Vault in RBAC mode for the app's secrets: today the optional GitHub token used to clone private
// repositories. The app reads it through a Key Vault reference resolved with its managed identity.

@description('Name of the vault (3-24 letters, digits and hyphens, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the vault.')
param location string

@description('Turn on purge protection (irreversible: a deleted vault then stays reserved for the retention period).')
param enablePurgeProtection bool

@description('GitHub token to store as the secret; empty stores none.')
@secure()
param gitHubToken string

@description('Name of the secret holding the GitHub token.')
@minLength(1)
@maxLength(127)
param gitHubTokenSecretName string

@description('Name of the app\'s user-assigned identity in this resource group, granted Key Vault Secrets User.')
param identityName string

@description('Tags applied to the vault.')
param tags { *: string }

// Key Vault Secrets User: read secret values, nothing else.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

// Referenced by name, not by a module output, so that the role assignment's name is known before deployment.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The API refuses false once set; null leaves it off.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource gitHubTokenSecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = if (!empty(gitHubToken)) {
  parent: vault
  name: gitHubTokenSecretName
  properties: {
    value: gitHubToken
    contentType: 'GitHub personal access token'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the vault.')
output name string = vault.name

// Built from the vault's URI rather than the conditional secret, so the output exists either way; versionless,
// so the app picks up a rotated token.
@description('Versionless URI of the GitHub token secret (the secret exists only when a token was given).')
output gitHubTokenSecretUri string = '${vault.properties.vaultUri}secrets/${gitHubTokenSecretName}'
