using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Reporting.Features.Templates;

/// <summary>One version of the template; without a version, the one in use (the newest saved, or the built-in one).</summary>
internal sealed record GetTemplateQuery(int? Version = null) : IQuery<TemplateResponse>;
