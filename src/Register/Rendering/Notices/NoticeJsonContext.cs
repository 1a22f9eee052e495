using System.Text.Json.Serialization;
using Register.Readability;
using Register.Views;

namespace Register.Rendering.Notices;

/// <summary>The serializer of <see cref="NoticeJson"/>, generated at build time; its options are <see cref="NoticeJson"/>'s.</summary>
[JsonSerializable(typeof(NoticeView))]
[JsonSerializable(typeof(ReadabilityScore))]
internal sealed partial class NoticeJsonContext : JsonSerializerContext;
