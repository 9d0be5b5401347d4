namespace EduRelief.Modules.Vocational.Domain;

/// <summary>A specialty (专业) a secondary vocational school opened: e-commerce, modern agriculture, domestic service …</summary>
internal sealed class Specialty : ISchoolRecord
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }
}
