using Microsoft.Extensions.Configuration;
using TruckFactor.FunctionApp.Storage;

namespace TruckFactor.FunctionApp.Tests.Storage;

/// <summary>Reading AzureWebJobsStorage in its two forms, keyed as the host's environment variables arrive.</summary>
public sealed class StorageAccountSettingTests
{
    [Fact]
    public void Read_ConnectionString_KeepsIt()
    {
        var setting = StorageAccountSetting.Read(Configuration(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.Equal("UseDevelopmentStorage=true", setting.ConnectionString);
        Assert.Null(setting.BlobServiceUri);
    }

    [Fact]
    public void Read_AccountName_BuildsPublicBlobEndpoint()
    {
        var setting = StorageAccountSetting.Read(Configuration(
            ("AzureWebJobsStorage:accountName", "truckfactorprod"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001")));

        Assert.Null(setting.ConnectionString);
        Assert.Equal(new Uri("https://truckfactorprod.blob.core.windows.net"), setting.BlobServiceUri);
        Assert.Equal("00000000-0000-0000-0000-000000000001", setting.ClientId);
    }

    [Fact]
    public void Read_BlobServiceUri_TakesItOverAccountName()
    {
        // A sovereign cloud's endpoint cannot be derived from the account name, so the explicit URI wins.
        var setting = StorageAccountSetting.Read(Configuration(
            ("AzureWebJobsStorage:accountName", "ignored"),
            ("AzureWebJobsStorage:blobServiceUri", "https://tf.blob.core.chinacloudapi.cn")));

        Assert.Equal(new Uri("https://tf.blob.core.chinacloudapi.cn"), setting.BlobServiceUri);
        Assert.Null(setting.ClientId);
    }

    [Fact]
    public void Read_NothingSet_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<StorageSettingException>(() => StorageAccountSetting.Read(Configuration()));

        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__accountName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RelativeBlobServiceUri_ThrowsNamingTheValue()
    {
        var error = Assert.Throws<StorageSettingException>(() => StorageAccountSetting.Read(
            Configuration(("AzureWebJobsStorage:blobServiceUri", "tf.blob.core.windows.net"))));

        Assert.Contains("'tf.blob.core.windows.net'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateBlobServiceClient_Identity_PointsAtEndpointWithoutConnecting()
    {
        var setting = StorageAccountSetting.Read(Configuration(("AzureWebJobsStorage:accountName", "tfacct")));

        var client = setting.CreateBlobServiceClient();

        Assert.Equal("tfacct", client.AccountName);
        Assert.Equal(new Uri("https://tfacct.blob.core.windows.net"), client.Uri);
    }

    internal static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();
}
