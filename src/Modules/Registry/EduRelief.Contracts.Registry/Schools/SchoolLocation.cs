namespace EduRelief.Contracts.Registry;

/// <summary>城区 / 乡镇 / 农村 / 偏远.</summary>
public enum SchoolLocation
{
    Urban,
    Town,
    Rural,
    Remote,
}
