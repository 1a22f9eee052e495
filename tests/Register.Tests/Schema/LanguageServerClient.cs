using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Register.Tests.Schema;

/// <summary>
/// A minimal Language Server Protocol client over a child process's stdio (JSON-RPC with Content-Length framing): enough
/// to initialize a server, configure it, open a document, ask for completion and collect published diagnostics. Every
/// wait has a time limit, and disposing kills the server's process tree.
/// </summary>
internal sealed class LanguageServerClient : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly BlockingCollection<JsonNode> _notifications = [];
    private readonly StringBuilder _errors = new();
    private readonly Thread _reader;
    private int _nextId;

    public LanguageServerClient(ProcessStartInfo start, JsonNode settings)
    {
        Settings = settings;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        _process = Process.Start(start)!;
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        _reader = new Thread(ReadLoop) { IsBackground = true };
        _reader.Start();
    }

    /// <summary>What the server is given when it asks for its configuration (workspace/configuration).</summary>
    public JsonNode Settings { get; }

    public string StandardError
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public JsonNode? Request(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var waiter = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = waiter;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        Assert.True(waiter.Task.Wait(Patience), $"No answer to {method} within {Patience.TotalSeconds:0} s. Server said:\n{StandardError}");
        return waiter.Task.Result;
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>The next notification of <paramref name="method"/> whose params satisfy <paramref name="match"/>.</summary>
    public JsonNode WaitFor(string method, Func<JsonNode, bool> match)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_notifications.TryTake(out var message, deadline - DateTime.UtcNow)
                && message["method"]?.GetValue<string>() == method && match(message["params"]!))
            {
                return message["params"]!;
            }
        }

        Assert.Fail($"No {method} within {Patience.TotalSeconds:0} s. Server said:\n{StandardError}");
        return null!;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing to kill or wait for.
            _process.Dispose();
            return;
        }

        _process.Dispose();
    }

    private void Send(JsonNode message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_input)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private void ReadLoop()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (ReadMessage(output) is { } message)
            {
                Dispatch(message);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The server ended, or the client was disposed while reading: the loop is over.
            return;
        }
    }

    private void Dispatch(JsonNode message)
    {
        var hasId = message["id"] is not null;
        var method = message["method"]?.GetValue<string>();
        if (hasId && method is null)
        {
            if (_pending.TryRemove(message["id"]!.GetValue<int>(), out var waiter))
            {
                waiter.TrySetResult(message["result"]);
            }

            return;
        }

        if (hasId)
        {
            // A request from the server: configuration gets the settings, everything else (capability registration,
            // progress tokens) a plain acknowledgement.
            JsonNode? result = null;
            if (method == "workspace/configuration")
            {
                var items = message["params"]?["items"]?.AsArray() ?? [];
                result = new JsonArray(items.Select(i => Section(i?["section"]?.GetValue<string>())).ToArray());
            }

            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = result });
            return;
        }

        _notifications.Add(message);
    }

    private JsonNode? Section(string? section)
    {
        JsonNode? node = Settings;
        foreach (var part in (section ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node?[part];
        }

        return node?.DeepClone();
    }

    private static JsonNode? ReadMessage(Stream stream)
    {
        var length = -1;
        while (ReadLine(stream) is { } line)
        {
            if (line.Length == 0)
            {
                if (length < 0)
                {
                    continue;
                }

                var body = new byte[length];
                stream.ReadExactly(body);
                return JsonNode.Parse(body);
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static string? ReadLine(Stream stream)
    {
        var line = new StringBuilder();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                return null;
            }

            if (b == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)b);
        }
    }
}
