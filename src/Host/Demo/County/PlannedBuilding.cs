namespace EduRelief.Host.Demo.County;

/// <summary>A school building (校舍) and its appraisals; named uniquely within its school.</summary>
internal sealed record PlannedBuilding(PlannedSchool School, string Name, string Use, decimal FloorArea, int YearBuilt, string Structure, IReadOnlyList<PlannedAppraisal> Appraisals)
{
    public bool DGrade => Appraisals[^1].Grade == "D";
}
