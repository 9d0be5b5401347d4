namespace EduRelief.Modules.Registry.Domain;

/// <summary>
/// One row whose <see cref="Version"/> grows with every transaction that inserts, changes or deletes students (or
/// changes or deletes a school or township, which student lists filter by). Database triggers keep it, in the writing
/// transaction itself, whatever wrote — EF Core, the import's prepared statements or a hand-written statement — so
/// a total counted at one version is exact for as long as the version stays the same.
/// </summary>
internal sealed class StudentListStamp
{
    public const int SingleId = 1;

    public int Id { get; init; }

    public long Version { get; init; }
}
