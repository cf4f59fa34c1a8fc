using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>
/// The Chrome DevTools protocol over one WebSocket on 127.0.0.1: commands with their answers, and every event
/// kept in arrival order. Sessions are "flattened" (the session id travels in each message), so one socket
/// drives every page. A JavaScript dialog (alert, confirm) is dismissed at once and kept as an event, so a page
/// that opens one never hangs a test.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _events = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Task _reader;
    private TaskCompletionSource _eventArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;

    private DevToolsConnection(ClientWebSocket socket)
    {
        _socket = socket;
        _reader = Task.Run(ReadAsync);
    }

    public static async Task<DevToolsConnection> ConnectAsync(Uri address)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await socket.ConnectAsync(address, timeout.Token);
        return new DevToolsConnection(socket);
    }

    /// <summary>Sends a command and returns its result.</summary>
    /// <exception cref="InvalidOperationException">The browser answered with an error.</exception>
    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null, string? sessionId = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(
                Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, default);
        }
        finally
        {
            _sendLock.Release();
        }

        var response = await answer.Task.WaitAsync(CommandTimeout);
        return response["error"] is { } error
            ? throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}")
            : response["result"]?.AsObject() ?? [];
    }

    /// <summary>The events received so far for a session, in order.</summary>
    public IReadOnlyList<JsonObject> Events(string sessionId)
    {
        lock (_events)
        {
            return [.. _events.Where(e => e["sessionId"]?.GetValue<string>() == sessionId)];
        }
    }

    /// <summary>Waits for an event of a session, among those already received or yet to come.</summary>
    /// <exception cref="TimeoutException">It did not come in time.</exception>
    public async Task<JsonObject> WaitForEventAsync(string method, string sessionId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task arrived;
            lock (_events)
            {
                var found = _events.FirstOrDefault(e => e["method"]?.GetValue<string>() == method
                    && e["sessionId"]?.GetValue<string>() == sessionId);
                if (found is not null)
                {
                    return found;
                }

                arrived = _eventArrived.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(arrived, Task.Delay(left)) != arrived)
            {
                throw new TimeoutException($"No {method} within {timeout}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The browser may already be gone; the socket is disposed below either way.
            }
        }

        _socket.Dispose();
        await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        _sendLock.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                message.SetLength(0);
                WebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer, default);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    message.Write(buffer, 0, received.Count);
                }
                while (!received.EndOfMessage);

                Dispatch(JsonNode.Parse(message.ToArray())!.AsObject());
            }
        }
        catch (WebSocketException)
        {
            // The browser closed the socket; pending commands fail below.
        }
        finally
        {
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new InvalidOperationException("The browser closed the DevTools socket."));
            }
        }
    }

    private void Dispatch(JsonObject message)
    {
        if (message["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var answer))
        {
            answer.TrySetResult(message);
            return;
        }

        if (message["method"]?.GetValue<string>() == "Page.javascriptDialogOpening")
        {
            var session = message["sessionId"]?.GetValue<string>();
            _ = SendAsync("Page.handleJavaScriptDialog", new JsonObject { ["accept"] = false }, session);
        }

        lock (_events)
        {
            _events.Add(message);
            var arrived = _eventArrived;
            _eventArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            arrived.TrySetResult();
        }
    }
}
