using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Reporting.Features.Templates;

/// <summary>Every saved version, newest first, without their texts; the built-in version 0 last.</summary>
internal sealed record ListTemplatesQuery : IQuery<IReadOnlyList<TemplateVersionEntry>>;
