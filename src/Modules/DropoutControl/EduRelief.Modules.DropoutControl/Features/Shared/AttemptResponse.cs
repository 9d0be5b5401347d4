namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>A persuasion attempt as logged.</summary>
internal sealed record AttemptResponse(long Id, DateOnly On, string By, string Method, string Result);
