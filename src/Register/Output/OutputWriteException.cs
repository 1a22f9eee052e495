namespace Register.Output;

/// <summary>Writing the output folder failed or was refused; the message names the path and says what state the folder is in.</summary>
public sealed class OutputWriteException : IOException
{
    public OutputWriteException(string message)
        : base(message)
    {
    }

    public OutputWriteException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
