namespace EduRelief.Contracts.SchoolConstruction;

/// <summary>A building on the D list at the year's end.</summary>
public sealed record DGradeBuildingDto(Guid Id, string SchoolCode, string Name, decimal FloorArea, DateOnly AppraisedOn, string ReportNo);
