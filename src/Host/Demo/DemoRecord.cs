namespace EduRelief.Host.Demo;

/// <summary>A kind of record the generator enters, named as the county names it.</summary>
internal sealed record DemoRecord(string Name, string NameEn);
