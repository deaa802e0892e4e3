"""Benchmarks for Wijkgoud: a city-scale data set and page speed and size, `make bench`."""
