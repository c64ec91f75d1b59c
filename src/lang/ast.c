/* ast.c - the arena that owns a syntax tree, and growable node lists. */
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A bump allocator over a singly linked list of chunks: parsing allocates
 * many small nodes that all die together, so per-object frees would only
 * cost time. Requests larger than a quarter chunk get a chunk of their own
 * so that they do not waste the tail of the current one. */
#define ARENA_CHUNK (64 * 1024)

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t used, size;
    max_align_t data[]; /* aligned for any node type */
} ArenaChunk;

struct AstArena {
    ArenaChunk *head;
};

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fputs("gilpy: out of memory in parser arena\n", stderr);
        abort();
    }
    return p;
}

AstArena *ast_arena_new(void)
{
    AstArena *a = xmalloc(sizeof *a);
    a->head = NULL;
    return a;
}

void ast_arena_free(AstArena *a)
{
    if (!a)
        return;
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

static ArenaChunk *new_chunk(size_t size)
{
    ArenaChunk *c = xmalloc(sizeof(ArenaChunk) + size);
    c->used = 0;
    c->size = size;
    c->next = NULL;
    return c;
}

void *ast_alloc(AstArena *a, size_t size)
{
    const size_t align = _Alignof(max_align_t);
    size = (size + align - 1) / align * align;
    if (size == 0)
        size = align;
    ArenaChunk *c = a->head;
    if (size > ARENA_CHUNK / 4) {
        ArenaChunk *big = new_chunk(size);
        big->used = size;
        /* keep the current chunk at the head so its free tail stays usable */
        if (c) {
            big->next = c->next;
            c->next = big;
        } else {
            a->head = big;
        }
        memset(big->data, 0, size);
        return big->data;
    }
    if (!c || c->size - c->used < size) {
        c = new_chunk(ARENA_CHUNK);
        c->next = a->head;
        a->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *ast_strdup(AstArena *a, const char *s, size_t len)
{
    char *d = ast_alloc(a, len + 1);
    if (len)
        memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

/* Capacity doubles; the old array stays in the arena (at most as much
 * waste as the final array itself). */
void ast_list_push(AstArena *a, AstList *l, AstNode *node)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        AstNode **items = ast_alloc(a, (size_t)cap * sizeof *items);
        if (l->n)
            memcpy(items, l->items, (size_t)l->n * sizeof *items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = node;
}

void ast_buf_put(AstBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) {
            fputs("gilpy: out of memory\n", stderr);
            abort();
        }
        b->data = d;
        b->cap = cap;
    }
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}
