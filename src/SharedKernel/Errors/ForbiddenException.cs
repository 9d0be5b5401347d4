namespace EduRelief.SharedKernel.Errors;

/// <summary>The caller is known but may not do this. Becomes a 403 problem and an audited refusal.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
