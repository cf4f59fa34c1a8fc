using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace TruckFactor.FunctionApp.Storage;

/// <summary>
/// The storage account named by <c>AzureWebJobsStorage</c>, read the way the Functions host reads it: a connection
/// string, or an identity-based connection (<c>AzureWebJobsStorage__accountName</c> or
/// <c>AzureWebJobsStorage__blobServiceUri</c>, optionally <c>AzureWebJobsStorage__clientId</c>) as used with a
/// managed identity on Azure. The harvest's blobs live in the same account as the task hub.
/// </summary>
public sealed class StorageAccountSetting
{
    /// <summary>The app setting holding the storage account.</summary>
    public const string Name = "AzureWebJobsStorage";

    private StorageAccountSetting(string? connectionString, Uri? blobServiceUri, string? clientId)
    {
        ConnectionString = connectionString;
        BlobServiceUri = blobServiceUri;
        ClientId = clientId;
    }

    /// <summary>The connection string, or null for an identity-based connection.</summary>
    public string? ConnectionString { get; }

    /// <summary>The blob endpoint of an identity-based connection, or null for a connection string.</summary>
    public Uri? BlobServiceUri { get; }

    /// <summary>The client id of a user-assigned managed identity, when one is configured.</summary>
    public string? ClientId { get; }

    /// <summary>Reads the setting.</summary>
    /// <param name="configuration">The app's configuration (app settings arrive as environment variables).</param>
    /// <returns>The setting.</returns>
    /// <exception cref="StorageSettingException">Neither form is present, or the blob URI is not absolute.</exception>
    public static StorageAccountSetting Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        if (configuration[Name] is { Length: > 0 } connectionString)
        {
            return new StorageAccountSetting(connectionString, null, null);
        }

        var section = configuration.GetSection(Name);
        var clientId = section["clientId"] is { Length: > 0 } id ? id : null;
        if ((section["blobServiceUri"] ?? section["serviceUri"]) is { Length: > 0 } uri)
        {
            return Uri.TryCreate(uri, UriKind.Absolute, out var blobServiceUri)
                ? new StorageAccountSetting(null, blobServiceUri, clientId)
                : throw new StorageSettingException(
                    $"{Name}__blobServiceUri is '{uri}', not an absolute URI; set it to the account's blob "
                    + "endpoint, such as https://<account>.blob.core.windows.net.");
        }

        if (section["accountName"] is { Length: > 0 } account)
        {
            return new StorageAccountSetting(
                null, new Uri($"https://{account}.blob.core.windows.net", UriKind.Absolute), clientId);
        }

        throw new StorageSettingException(
            $"The app setting {Name} is missing. Set it to a storage connection string (UseDevelopmentStorage=true "
            + $"with Azurite), or for a managed identity set {Name}__accountName or {Name}__blobServiceUri.");
    }

    /// <summary>Creates a blob client for the account.</summary>
    /// <returns>
    /// A client using the connection string, or an Entra ID credential for an identity-based connection.
    /// </returns>
    public BlobServiceClient CreateBlobServiceClient()
    {
        if (ConnectionString is not null)
        {
            return new BlobServiceClient(ConnectionString);
        }

        // The default chain finds the app's managed identity on Azure and a developer's sign-in elsewhere.
        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = ClientId,
        });
        return new BlobServiceClient(BlobServiceUri, credential);
    }
}
