namespace EduRelief.Modules.TeacherSupport.Features.SetAllowanceTiers;

/// <summary>One tier as sent: a location (Rural, Remote) or a list of schools, and the monthly amount in yuan.</summary>
internal sealed record AllowanceTierInput(string? Location, IReadOnlyList<string?>? SchoolCodes, decimal? Monthly);
