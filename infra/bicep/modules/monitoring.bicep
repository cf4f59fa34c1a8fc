// Log Analytics workspace and the workspace-based Application Insights resource the app reports to.

@description('Name of the Log Analytics workspace.')
@minLength(4)
@maxLength(63)
param workspaceName string

@description('Name of the Application Insights resource.')
@minLength(1)
@maxLength(260)
param applicationInsightsName string

@description('Azure region of both resources.')
param location string

@description('Days the workspace keeps logs (30 is included in the price of ingestion).')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Tags applied to both resources.')
param tags { *: string }

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

// Local (key-based) ingestion stays on: the isolated worker's Application Insights SDK sends with the connection
// string alone and would need code changes to authenticate with Entra ID.
resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

@description('Connection string for APPLICATIONINSIGHTS_CONNECTION_STRING (an ingestion address, not a credential).')
output connectionString string = applicationInsights.properties.ConnectionString
