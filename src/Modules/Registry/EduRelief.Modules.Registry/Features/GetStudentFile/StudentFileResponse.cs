using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Registry.Features.GetStudentFile;

/// <summary>The student file (一生一档): profile, category periods, change history and every reported entry.</summary>
internal sealed record StudentFileResponse(
    StudentDto Profile,
    StudentFileSummaryResponse? Summary,
    IReadOnlyList<CategoryPeriodResponse> CategoryPeriods,
    IReadOnlyList<StudentChangeResponse> History,
    IReadOnlyList<StudentFileEntryResponse> Entries);
