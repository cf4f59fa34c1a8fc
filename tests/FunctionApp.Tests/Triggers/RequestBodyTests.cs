using System.Text;
using Microsoft.AspNetCore.Http;
using TruckFactor.FunctionApp.Triggers;

namespace TruckFactor.FunctionApp.Tests.Triggers;

/// <summary>Reading a request body under a cap, with a small cap so sizes are easy to count by hand.</summary>
public sealed class RequestBodyTests
{
    private const int Cap = 10;

    [Fact]
    public async Task ReadAsync_DeclaredLengthOverCap_ReturnsNullWithoutReading()
    {
        var http = new DefaultHttpContext();
        http.Request.ContentLength = Cap + 1;
        http.Request.Body = new UnreadableStream();

        Assert.Null(await RequestBody.ReadAsync(http.Request, Cap));
    }

    [Fact]
    public async Task ReadAsync_UndeclaredBodyOverCap_ReturnsNull()
    {
        var http = WithBody(new byte[Cap + 1], declareLength: false);

        Assert.Null(await RequestBody.ReadAsync(http.Request, Cap));
    }

    [Fact]
    public async Task ReadAsync_BodyExactlyAtCap_ReturnsText()
    {
        var http = WithBody(Encoding.UTF8.GetBytes("0123456789"), declareLength: true);

        Assert.Equal("0123456789", await RequestBody.ReadAsync(http.Request, Cap));
    }

    [Fact]
    public async Task ReadAsync_MultiByteCharacters_CountsBytesAndDecodesUtf8()
    {
        // "Åsa Öberg" is 9 characters and 11 UTF-8 bytes (Å and Ö take two each): over a 10-byte cap.
        var name = "Åsa Öberg";
        var bytes = Encoding.UTF8.GetBytes(name);

        Assert.Equal(11, bytes.Length);
        Assert.Null(await RequestBody.ReadAsync(WithBody(bytes, declareLength: false).Request, Cap));
        Assert.Equal(name, await RequestBody.ReadAsync(WithBody(bytes, declareLength: false).Request, 11));
    }

    private static DefaultHttpContext WithBody(byte[] body, bool declareLength)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(body);
        http.Request.ContentLength = declareLength ? body.Length : null;
        return http;
    }

    /// <summary>A body whose any read fails the test: proves the declared length alone refused it.</summary>
    private sealed class UnreadableStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException();

        public override Task<int> ReadAsync(
            byte[] buffer,
            int offset,
            int count,
            CancellationToken cancellationToken) => throw new InvalidOperationException();
    }
}
