namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>A step in the case's life, as appended to the student file.</summary>
internal sealed record StepResponse(int Number, DateOnly On, string Kind, string Title, string? Details);
