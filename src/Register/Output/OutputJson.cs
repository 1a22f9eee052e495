using System.Text.Json;
using System.Text.Json.Serialization;

namespace Register.Output;

/// <summary>
/// The JSON of the output folder's own files (the swap journal, the manifest's paths), generated at build time so the
/// tool needs no reflection to write or read them (Native AOT). Web defaults, as <see cref="JsonSerializerOptions.Web"/>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(JournalEntry))]
[JsonSerializable(typeof(OutputJournal.JournalFileShape))]
[JsonSerializable(typeof(string))]
internal sealed partial class OutputJson : JsonSerializerContext;
