namespace Register.Tests.Pipeline;

/// <summary>Hears each path a build reports at once, on the thread that reports it (unlike <see cref="Progress{T}"/>, which posts it).</summary>
internal sealed class ProgressListener(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
