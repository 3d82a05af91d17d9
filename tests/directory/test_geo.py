"""The nearest-k index agrees exactly with a brute-force haversine scan, poles and antimeridian
included."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.directory.geo import EARTH_RADIUS_M, GeoIndex, brute_force, haversine_m

lat_any = st.floats(min_value=-90, max_value=90, allow_nan=False)
lon_any = st.floats(min_value=-180, max_value=180, allow_nan=False)
# Points crowded where naive lat/lon indexes break: near the poles and both sides of ±180°.
lat_polar = st.one_of(
    st.floats(min_value=89.0, max_value=90.0), st.floats(min_value=-90.0, max_value=-89.0)
)
lon_seam = st.one_of(
    st.floats(min_value=179.0, max_value=180.0), st.floats(min_value=-180.0, max_value=-179.0)
)
lat_hard = st.one_of(lat_any, lat_polar, st.floats(min_value=-1, max_value=1))
lon_hard = st.one_of(lon_any, lon_seam)
point = st.tuples(lat_hard, lon_hard)


def _points(coords: list[tuple[float, float]]) -> list[tuple[str, float, float]]:
    return [(f"p{i:04d}", lat, lon) for i, (lat, lon) in enumerate(coords)]


@settings(max_examples=150, deadline=None)
@given(st.lists(point, min_size=0, max_size=120), point, st.integers(min_value=1, max_value=15))
def test_matches_brute_force_everywhere(coords, query, k) -> None:
    points = _points(coords)
    index = GeoIndex(points)
    assert index.nearest(*query, k) == brute_force(points, *query, k)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(min_value=-0.01, max_value=0.01), st.floats(min_value=-0.01, max_value=0.01)
        ),
        min_size=1,
        max_size=80,
    ),
    st.tuples(lat_any, lon_any),
    st.integers(min_value=1, max_value=10),
)
def test_matches_brute_force_for_dense_clusters(offsets, centre, k) -> None:
    """Many points metres apart (a city block): rounding must not reorder them."""
    lat0, lon0 = max(-89.98, min(89.98, centre[0])), centre[1]
    coords = [(lat0 + dlat, ((lon0 + dlon + 180) % 360) - 180) for dlat, dlon in offsets]
    points = _points(coords)
    index = GeoIndex(points)
    query = (lat0, lon0)
    assert index.nearest(*query, k) == brute_force(points, *query, k)


def test_across_the_antimeridian() -> None:
    points = [("east", 0.0, 179.9), ("west", 0.0, -179.95), ("far", 0.0, 170.0)]
    index = GeoIndex(points)
    found = index.nearest(0.0, -179.99, 2)
    assert [key for key, _ in found] == ["west", "east"]
    assert found[1][1] == pytest.approx(haversine_m(0.0, -179.99, 0.0, 179.9))
    assert found[1][1] < 13_000  # about 11 km across the seam, not 40,000 km around


def test_near_the_poles() -> None:
    points = [("a", 89.99, 0.0), ("b", 89.99, 180.0), ("c", 89.9, 90.0), ("south", -89.99, 0.0)]
    index = GeoIndex(points)
    # From the North Pole every longitude at 89.99° is equally near; ties go by key.
    assert [key for key, _ in index.nearest(90.0, 45.0, 3)] == ["a", "b", "c"]
    assert [key for key, _ in index.nearest(-90.0, 0.0, 1)] == ["south"]


def test_identical_points_and_edge_cases() -> None:
    points = [("b", 10.0, 10.0), ("a", 10.0, 10.0), ("c", -10.0, -10.0)]
    index = GeoIndex(points)
    assert index.nearest(10.0, 10.0, 2) == [("a", 0.0), ("b", 0.0)]
    assert index.nearest(0.0, 0.0, 10) == brute_force(points, 0.0, 0.0, 10)
    assert index.nearest(0.0, 0.0, 0) == []
    assert GeoIndex([]).nearest(0.0, 0.0, 3) == []
    with pytest.raises(ValueError):
        index.nearest(91.0, 0.0, 1)
    with pytest.raises(ValueError):
        GeoIndex([("x", 0.0, 181.0)])


def test_antipodal_distance_is_half_the_circumference() -> None:
    assert haversine_m(0.0, 0.0, 0.0, 180.0) == pytest.approx(3.141592653589793 * EARTH_RADIUS_M)
    assert haversine_m(90.0, 0.0, -90.0, 0.0) == pytest.approx(3.141592653589793 * EARTH_RADIUS_M)


def test_larger_random_sets_match() -> None:
    rng = random.Random(20261127)
    coords = [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(3000)]
    coords += [(rng.uniform(40.3, 40.5), rng.uniform(-3.8, -3.6)) for _ in range(1000)]  # a city
    points = _points(coords)
    index = GeoIndex(points)
    for _ in range(100):
        query = (
            (rng.uniform(-90, 90), rng.uniform(-180, 180))
            if rng.random() < 0.5
            else (rng.uniform(40.3, 40.5), rng.uniform(-3.8, -3.6))
        )
        k = rng.randint(1, 20)
        assert index.nearest(*query, k) == brute_force(points, *query, k)


def test_a_national_index_split_with_numpy_matches_brute_force(monkeypatch) -> None:
    """From ``_NUMPY_MIN`` points the big ranges are split with numpy's argpartition: the
    same answers as a brute-force scan and as the index built without numpy, with clusters,
    duplicates and the antimeridian among 25,000 points."""
    from bot.directory import geo

    rng = random.Random(14)
    coords = [(rng.uniform(-60, 70), rng.uniform(-180, 180)) for _ in range(15_000)]
    coords += [(50.45 + rng.gauss(0, 0.05), 30.52 + rng.gauss(0, 0.05)) for _ in range(7_000)]
    coords += [(-16.5, 179.999)] * 1_000 + [(-16.5, -179.999)] * 1_000
    coords += [(40.0 + i * 1e-9, -3.7) for i in range(1_000)]
    points = _points(coords)
    assert len(points) >= geo._NUMPY_MIN
    fast = GeoIndex(points)
    monkeypatch.setattr(geo, "_NUMPY_MIN", len(points) + 1)
    plain = GeoIndex(points)
    queries = [(50.45, 30.52), (-16.5, 180.0), (-16.5, -180.0), (40.0, -3.7), (89.9, 0.0)]
    queries += [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(15)]
    for lat, lon in queries:
        ranked = brute_force(points, lat, lon, 30)
        for k in (1, 5, 30):
            assert fast.nearest(lat, lon, k) == ranked[:k]
            assert plain.nearest(lat, lon, k) == ranked[:k]
