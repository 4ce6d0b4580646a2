/* Vigna's splitmix64.c (https://prng.di.unimi.it/splitmix64.c), public domain,
   plus the bounded/double conversions used by lab.minimax.random.SplitMix64. */
#include <stdint.h>
#include <stdio.h>

static uint64_t x; /* The state can be seeded with any value. */

uint64_t next() {
	uint64_t z = (x += 0x9e3779b97f4a7c15);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
	return z ^ (z >> 31);
}

/* Lemire (2019), "Fast random integer generation in an interval", on the top 32 bits. */
uint32_t bounded(uint32_t s) {
	uint64_t m = (uint64_t)(uint32_t)(next() >> 32) * s;
	uint32_t l = (uint32_t)m;
	if (l < s) {
		uint32_t t = -s % s;
		while (l < t) {
			m = (uint64_t)(uint32_t)(next() >> 32) * s;
			l = (uint32_t)m;
		}
	}
	return m >> 32;
}

int main(void) {
	uint64_t seeds[] = {0, 1, 42, 0xdeadbeefcafebabeULL};
	for (int s = 0; s < 4; s++) {
		x = seeds[s];
		printf("seed %llu:", (unsigned long long)seeds[s]);
		for (int i = 0; i < 6; i++) printf(" 0x%016llxL,", (unsigned long long)next());
		printf(" state after 6: 0x%016llxL\n", (unsigned long long)x);
	}
	x = 42;
	printf("seed 42 doubles:");
	for (int i = 0; i < 4; i++) printf(" %a,", (double)(next() >> 11) * 0x1.0p-53);
	x = 42;
	printf("\nseed 42 bounded(10):");
	for (int i = 0; i < 8; i++) printf(" %u,", bounded(10));
	x = 42;
	printf("\nseed 42 bounded(3000000000):");
	for (int i = 0; i < 4; i++) printf(" %u,", bounded(3000000000u));
	printf("\n");
	return 0;
}
