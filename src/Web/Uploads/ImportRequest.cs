namespace EduRelief.Web.Uploads;

/// <summary>The chosen file as it is read (with progress), and what the user asked: a dry run, the good rows, or all or nothing.</summary>
public sealed record ImportRequest(Stream Content, string ContentType, string FileName, bool DryRun, bool Partial);
